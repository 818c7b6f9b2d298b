"""Services: the only code that writes, and the one way the screens and the command line
reach the call log. No Textual here.

`session.Session` owns the open store, its lock and the one writer thread; its
operations are grouped by what they are about (`calls`, `drafts`, `promises`, `people`,
`log`), one module each. `files` writes exports and the config with the store's durable
writer. A screen never imports `store`: it asks a service.
"""
