"""The durable call log: TinyDB over an atomic, fsynced, single-writer JSON file.

The only package that imports TinyDB; it never imports Textual. Import from its modules:
`claim` (the folder and the writer lock, taken before the first frame), `db` (the open
`Store`), `errors`, `backups`, `loader`; TinyDB and orjson load with `db`, so the app can
take the lock and paint before it reads the log.
"""
