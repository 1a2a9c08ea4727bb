"""Bulk writing for the generated network: COPY on PostgreSQL, batched inserts elsewhere.

Rows are tuples in the order of the field names given for each model. Primary keys
are given by the generator (``next_id``), so rows can point at each other before
anything is written; on PostgreSQL the id sequences are moved past them at the end.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from django.core.management.color import no_style
from django.db import connection
from django.db.models import Field, JSONField, Max, Model
from django.utils import timezone

FLUSH_ROWS = 50_000
SQLITE_BATCH = 500


class BulkWriter:
    """Buffers rows per model and writes them in large batches."""

    def __init__(self) -> None:
        self.postgres = connection.vendor == "postgresql"
        self._next: dict[type[Model], int] = {}
        self._buffers: dict[type[Model], list[tuple]] = {}
        self._fields: dict[type[Model], tuple[str, ...]] = {}
        self.written: dict[str, int] = {}

    def next_id(self, model: type[Model]) -> int:
        if model not in self._next:
            current = model._base_manager.aggregate(top=Max("pk"))["top"] or 0
            self._next[model] = current + 1
        value = self._next[model]
        self._next[model] = value + 1
        return value

    def add(self, model: type[Model], fields: Sequence[str], row: tuple) -> None:
        fields = tuple(fields)
        known = self._fields.setdefault(model, fields)
        if known != fields:
            raise ValueError(f"{model.__name__}: rows must all use the same fields")
        buffer = self._buffers.setdefault(model, [])
        buffer.append(row)
        if len(buffer) >= FLUSH_ROWS:
            self.flush(model)

    def flush(self, model: type[Model] | None = None) -> None:
        models = [model] if model is not None else list(self._buffers)
        for each in models:
            rows = self._buffers.get(each) or []
            if rows:
                self._write(each, self._fields[each], rows)
                self.written[each._meta.label] = self.written.get(each._meta.label, 0) + len(rows)
                self._buffers[each] = []

    def finish(self) -> None:
        """Write what is left and move PostgreSQL's id sequences past the given ids."""
        self.flush()
        if self.postgres and self._next:
            statements = connection.ops.sequence_reset_sql(no_style(), list(self._next))
            with connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)

    def _write(self, model: type[Model], fields: tuple[str, ...], rows: list[tuple]) -> None:
        meta = model._meta
        model_fields = [meta.get_field(name) for name in fields]
        missing = _missing_fields(model, model_fields)
        if missing:
            # Fields the generator does not set (newer ones too) take their defaults.
            model_fields += missing
            now = timezone.now()
            rows = [row + tuple(_default(field, now) for field in missing) for row in rows]
        columns = [field.column for field in model_fields]
        table = connection.ops.quote_name(meta.db_table)
        quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
        if self.postgres:
            json_positions = [i for i, f in enumerate(model_fields) if isinstance(f, JSONField)]
            with connection.cursor() as cursor:
                raw = cursor.cursor  # the psycopg 3 cursor under Django's wrapper
                with raw.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                    for row in rows:
                        if json_positions:
                            row = list(row)
                            for i in json_positions:
                                row[i] = json.dumps(row[i], ensure_ascii=False)
                        copy.write_row(row)
            return
        placeholders = ", ".join(["%s"] * len(columns))
        sql = f"INSERT INTO {table} ({quoted}) VALUES ({placeholders})"
        prepared = [
            tuple(
                field.get_db_prep_save(value, connection)
                for field, value in zip(model_fields, row, strict=True)
            )
            for row in rows
        ]
        with connection.cursor() as cursor:
            for start in range(0, len(prepared), SQLITE_BATCH):
                cursor.executemany(sql, prepared[start : start + SQLITE_BATCH])


def _missing_fields(model: type[Model], given: list[Field]) -> list[Field]:
    names = {field.name for field in given}
    return [
        field
        for field in model._meta.concrete_fields
        if field.name not in names and not field.primary_key
    ]


def _default(field: Field, now):
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return now
    if field.has_default() or not field.null:
        return field.get_default()
    return None
