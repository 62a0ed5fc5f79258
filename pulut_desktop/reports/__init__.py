"""Printable reports in Indonesian (ReportLab): drive close-outs and other summaries. No Qt."""
