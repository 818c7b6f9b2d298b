"""Open promises as an iCalendar file that calendar apps import (`netcall ics`)."""
