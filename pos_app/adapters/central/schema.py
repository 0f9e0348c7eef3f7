"""Tables of the central database (SQLAlchemy Core). Migrations in migrations/ mirror this.

Facts pushed by terminals (commission records, sale summaries, shift/Z reports) carry
the store and terminal they came from; on PostgreSQL row-level security and grants let
a terminal's role read its own store's rows and write only its own terminal's, insert-
only (see TERMINAL_APPENDS below and migration 0005_terminal_isolation). Shared
editable rows (plans, staff, settings) carry a version that every save raises.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()

JSON_TYPE = JSON().with_variant(JSONB(), "postgresql")

# (name, SQL type for PostgreSQL's jsonb_to_recordset) of a pushed commission record.
RECORD_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "text"), ("version", "int"), ("kind", "text"), ("status", "text"),
    ("staff_id", "text"), ("currency", "text"), ("at", "text"), ("terminal_id", "text"),
    ("amount", "bigint"), ("base", "bigint"), ("units", "bigint"), ("rate_part", "bigint"),
    ("spiff_part", "bigint"), ("tier_part", "bigint"), ("share_bp", "int"),
    ("line_quantity", "int"), ("sale_id", "text"), ("line_no", "int"), ("plan_id", "text"),
    ("plan_version", "int"), ("period_start", "text"), ("return_of_sale", "text"),
    ("return_of_line", "int"), ("of_record", "text"), ("sku", "text"), ("reason", "text"),
    ("store_id", "text"), ("seq", "bigint"), ("digest", "text"), ("op_id", "text"),
)

_INT = {"int": Integer, "bigint": BigInteger}

commission_record = Table(
    "commission_record", metadata,
    *[Column(name, _INT[kind]() if kind in _INT else (Text() if name == "reason" else String()),
             primary_key=name == "id",
             nullable=name not in {"id", "version", "kind", "status", "staff_id", "currency",
                                   "at", "terminal_id", "amount", "store_id", "seq", "digest",
                                   "op_id"})
      for name, kind in RECORD_FIELDS],
    Column("received_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    # PostgreSQL also has `at_minute` (0012): the UTC minute of `at`, a stored generated
    # column for the report's day groups. Not declared here: nothing writes it, and the
    # embedded SQLite database has none (RecordReads._at_minute asks).
    Index("ix_central_record_store_staff_period", "store_id", "staff_id", "period_start"),
    Index("ix_central_record_store_terminal", "store_id", "terminal_id", "seq"),
    Index("ix_central_record_at", "at"),  # reports by time (a year of every store)
    # The report's bonuses by period, and progress totals of every store (0007).
    Index("ix_central_record_period_kind", "period_start", "staff_id",
          postgresql_where=text("kind IN ('bonus', 'tier_adjustment')"),
          sqlite_where=text("kind IN ('bonus', 'tier_adjustment')")),
    # PostgreSQL: with the columns the progress totals read, answered from the index
    # alone (0011).
    Index("ix_central_record_staff_plan_period", "staff_id", "plan_id", "period_start",
          postgresql_include=["status", "kind", "base", "units", "tier_part", "amount",
                              "store_id"]),
)

# Periods (staff, plan, period start) of a store whose records changed since they were
# last settled: a push raises `mark`, a settlement run sets `settled_mark` to the mark
# it read. Due while mark > settled_mark (services/commission_settlement.py).
commission_settlement_due = Table(
    "commission_settlement_due", metadata,
    Column("store_id", String, nullable=False),
    Column("staff_id", String, nullable=False),
    Column("plan_id", String, nullable=False),
    Column("period_start", String, nullable=False),
    Column("mark", BigInteger, nullable=False),
    Column("settled_mark", BigInteger, nullable=False, server_default="0"),
    PrimaryKeyConstraint("store_id", "staff_id", "plan_id", "period_start"),
)

# One row per store, locked by a settlement run for its whole transaction (PostgreSQL
# SELECT ... FOR UPDATE; SQLite serialises write transactions anyway).
commission_settlement_lock = Table(
    "commission_settlement_lock", metadata,
    Column("store_id", String, primary_key=True),
    Column("created_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)

terminal_event = Table(
    "terminal_event", metadata,
    Column("op_id", String, primary_key=True),
    Column("store_id", String, nullable=False),
    Column("terminal_id", String, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("topic", String, nullable=False),
    Column("aggregate_id", String, nullable=False),
    Column("payload", JSON_TYPE, nullable=False),
    Column("created_at", String, nullable=False),
    Column("received_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    Index("ix_central_event_store_topic", "store_id", "topic", "created_at"),
    Index("ix_central_event_topic_aggregate", "topic", "aggregate_id"),
)

terminal_cursor = Table(
    "terminal_cursor", metadata,
    Column("store_id", String, nullable=False),
    Column("terminal_id", String, nullable=False),
    Column("high_seq", BigInteger, nullable=False),
    Column("last_push_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    PrimaryKeyConstraint("store_id", "terminal_id"),
)

terminal_account = Table(
    "terminal_account", metadata,
    Column("role_name", String, primary_key=True),
    Column("store_id", String, nullable=False),
    Column("terminal_id", String, nullable=False),
)

commission_plan = Table(
    "commission_plan", metadata,
    Column("id", String, primary_key=True),
    Column("store_id", String, nullable=True),  # NULL: every store
    Column("version", Integer, nullable=False),
    Column("digest", String, nullable=False),
    Column("body", Text, nullable=False),
    Column("updated_by", String, nullable=True),
    Column("updated_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)

staff = Table(
    "staff", metadata,
    Column("id", String, primary_key=True),
    Column("store_id", String, nullable=False),
    Column("name", String, nullable=False),
    Column("role", String, nullable=False),
    Column("active", Integer, nullable=False, server_default="1"),
    Column("version", Integer, nullable=False),
    Column("digest", String, nullable=False),
    # 0006_staff_sync: the PIN hash (the store's own terminals read it), the active
    # flag's own version, and the terminal whose push last changed the row.
    Column("pin_hash", String, nullable=True),
    Column("active_version", Integer, nullable=False, server_default="1"),
    Column("updated_by", String, nullable=True),
    Index("ix_central_staff_store", "store_id"),
)

store_setting = Table(
    "store_setting", metadata,
    Column("store_id", String, nullable=False),
    Column("key", String, nullable=False),
    Column("value", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("digest", String, nullable=False),
    PrimaryKeyConstraint("store_id", "key"),
)

# The terminals' tamper-evident journals (domain/journal.py), one HMAC chain per
# (store, terminal), insert-only: terminals may INSERT and SELECT their store's rows,
# never UPDATE or DELETE (not granted; triggers refuse it even to the owner).
journal_record = Table(
    "journal_record", metadata,
    Column("store_id", String, nullable=False),
    Column("terminal_id", String, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("id", String, nullable=False),
    Column("at", String, nullable=False),
    Column("actor", String, nullable=True),
    Column("approved_by", String, nullable=True),
    Column("action", String, nullable=False),
    Column("subject", String, nullable=True),
    Column("detail", Text, nullable=False),  # text, not jsonb: MACed byte for byte
    Column("key_id", String, nullable=False),
    Column("prev_mac", String, nullable=False),
    Column("mac", String, nullable=False),
    Column("received_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    PrimaryKeyConstraint("store_id", "terminal_id", "seq"),
    Index("ix_central_journal_store_at", "store_id", "at"),
    Index("ix_central_journal_store_action", "store_id", "action", "at"),
)

# Feature flags overridden per store (0008_store_flags): `enabled` NULL is a cleared
# override; every write raises `version` by one from the version its writer read
# (compare-and-set). Terminals read their store's rows; the owner writes them.
store_flag = Table(
    "store_flag", metadata,
    Column("store_id", String, nullable=False),
    Column("flag", String, nullable=False),
    Column("enabled", Boolean(create_constraint=False), nullable=True),
    Column("version", Integer, nullable=False),
    Column("updated_by", String, nullable=True),
    Column("updated_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    PrimaryKeyConstraint("store_id", "flag"),
)

# A store's settlement roles (PostgreSQL; rls.provision_settler): the only roles that
# write the store-wide settlement (its tier/bonus records, due periods, the lock).
settlement_account = Table(
    "settlement_account", metadata,
    Column("role_name", String, primary_key=True),
    Column("store_id", String, nullable=False),
)

# What a terminal's role may do (PostgreSQL; migration 0005_terminal_isolation), always
# limited to its own store and, for what it writes, to its own terminal:
# - append (INSERT and SELECT, rows of its own terminal; never UPDATE or DELETE);
TERMINAL_APPENDS = ("journal_record", "terminal_event")
# - insert and update its own rows (its push cursor);
TERMINAL_WRITES = ("terminal_cursor",)
# - read (commission records are written only through TERMINAL_FUNCTIONS'
#   pos_push_commission_records, which checks every row is the caller's own);
TERMINAL_READS = ("commission_record", "commission_plan", "staff", "store_setting",
                  "store_flag")
TERMINAL_FUNCTIONS = ("pos_current_store()", "pos_current_terminal()", "pos_settler_store()",
                      "pos_push_commission_records(json, bigint)",  # 0010_set_based_push
                      "pos_push_commission_records(jsonb)",  # tills not yet upgraded
                      "pos_push_staff(jsonb)")
# A settlement role: reads its store's records and plans, writes the settlement's own.
SETTLER_WRITES = ("commission_record", "commission_settlement_lock")
SETTLER_READS = ("commission_plan", "commission_settlement_due")
SETTLER_FUNCTIONS = ("pos_current_store()", "pos_current_terminal()", "pos_settler_store()")
