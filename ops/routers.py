"""Reads from a PostgreSQL read replica for the public; everything else from the primary.

With ``DATABASE_REPLICA_URL`` set, ``ReplicaRouter`` sends reads to the ``replica`` alias only
while ``ReplicaMiddleware`` says the request is a public one: a safe method from someone not
logged in. Staff read their own writes from the primary; so do writes, transactions, commands
and workers (outside a request the primary is the default).
"""

import contextvars

from django.db import transaction

_replica_ok = contextvars.ContextVar("replica_ok", default=False)
REPLICA = "replica"


def reads_from():
    """The alias reads go to now (for tests and logs)."""
    return REPLICA if _replica_ok.get() and not transaction.get_connection().in_atomic_block else "default"


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return reads_from()

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the same rows

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class ReplicaMiddleware:
    """Marks public requests (GET or HEAD, nobody logged in) as fit for the replica."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        public = request.method in ("GET", "HEAD") and not request.user.is_authenticated
        token = _replica_ok.set(public)
        try:
            return self.get_response(request)
        finally:
            _replica_ok.reset(token)
