"""Services: the only code that writes, and the one way the screens and the command line
reach the call log. No Textual here.

`session.Session` owns the open store, its lock and the one writer thread; its
operations are grouped by what they are about (`calls`, `drafts`, `promises`, `people`,
`log`), one module each. The user's files beside the call log (exports, the config) are
written by `files`, as durably as the log itself. A screen never imports `store`: it
asks a service.
"""
