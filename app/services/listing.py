"""Big lists read in SQL: the ids that pass a list's filters, in its order, as fast as SQLite gives
them. A list of tens of thousands of rows (documents; later corrective actions, risks…) asks for
its ids on every keystroke, filter change and header click, then reads only the rows it paints
(``QueryRowsModel`` in the UI). The ids go through the DBAPI cursor: SQLAlchemy's result
processing costs about as much as the query itself at 30,000 rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session


def text_rank(session: Session, column: Any) -> Any:
    """``column``'s values in Vietnamese alphabetical order as a CASE (its few distinct values:
    fields, levels), for a list that sorts by them in SQL; "" first."""
    from sqlalchemy import case, select

    from app.services.vocabulary import sort_key

    values = sorted((v for v in session.scalars(select(column).distinct()) if v is not None), key=sort_key)
    if not values:
        return column
    return case({v: i for i, v in enumerate(values)}, value=column, else_=-1)


def fetch_ids(session: Session, stmt: Select) -> list[int]:
    """The first column of ``stmt`` (integer ids), in order."""
    return [row[0] for row in _run(session, stmt)]


def query_plan(session: Session, stmt: Select) -> list[str]:
    """SQLite's plan for ``stmt`` ("SCAN document USING COVERING INDEX …"), one line per step:
    tests check that a big list's queries use the indexes meant for them."""
    return [str(row[-1]) for row in _run(session, stmt, prefix="EXPLAIN QUERY PLAN ")]


def _run(session: Session, stmt: Select, prefix: str = "") -> list[Any]:
    connection = session.connection()
    dialect = connection.dialect
    compiled = stmt.compile(dialect=dialect)
    sql = str(compiled)
    if "POSTCOMPILE" in sql or compiled.positiontup is None:  # IN lists and the like: the slow way
        if prefix:
            raise ValueError("no plan for a statement with expanding parameters")
        return list(connection.execute(stmt))
    params = compiled.construct_params()
    values = []
    for name in compiled.positiontup:
        value = params[name]
        process = compiled.binds[name].type.bind_processor(dialect)  # enums to their stored text…
        values.append(process(value) if process is not None else value)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(prefix + sql, values)
        return cursor.fetchall()
    finally:
        cursor.close()
