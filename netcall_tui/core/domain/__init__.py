"""The domain's vocabulary and data: what a call, a caller, a contact and a promise are.

- `vocabulary`: the closed word lists and their labels; `fields`: the field checks;
  `values` and `records`: the models; `moments`: wall-clock times in and out of storage;
  `stored`: the declared stored shape and its accessors; `matching`: how typed text
  and people are matched.

The rule for reading data: **models (the dataclasses in `records` and `values`) for
edits and single-record views; records (the TypedDicts in `stored`) and rows built from
them for bulk reads** — the log, exports, statistics, forgetting a person, imports. A
model validates and parses every field (pendulum, enums); 10,000 of them cost far more
than the screen that shows them, so bulk readers work on the records and read their
times through the accessors in `stored`.

Nothing is imported here: `records` costs ~8 ms of dataclass building and is not needed
for the console's first frame, so import the module you use.
"""
