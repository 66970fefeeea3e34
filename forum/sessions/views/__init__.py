"""Views for sessions, one module per concern; forum/sessions/urls.py names them."""
