"""The registration form: one worker's data, typed from a KTP, checked as it is typed."""
