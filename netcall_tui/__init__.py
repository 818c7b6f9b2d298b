"""netcall: a console for people who receive networking calls from job seekers."""

__version__ = "0.1.0"
