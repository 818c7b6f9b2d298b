"""Importing your network: LinkedIn, vCard and Google Contacts files read into candidate
contacts (one module per format, `detect` picks one from the content), and the review
of what an import would change (`review`)."""
