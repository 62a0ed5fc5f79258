"""The registrations list and the supervisor's approval queue."""
