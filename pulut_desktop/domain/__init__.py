"""Pure-Python domain of Pulut Ketan registrations: no Qt, no SQL."""
