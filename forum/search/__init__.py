"""The forum in the site search: what a thread's search document holds, and keeping it current."""
