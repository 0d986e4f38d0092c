"""The local review view: a session of operations on one catalog, and the server that shows it."""
