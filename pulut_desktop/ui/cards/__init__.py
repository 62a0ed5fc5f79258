"""The enrollment-card screens: the print page, the reprint reason dialog and the card checker."""
