"""Background work: renditions, mail and the like, on workers in production, inline by default.

With ``MADENI_TASK_QUEUE`` set to ``rq`` (it needs ``REDIS_URL``), ``defer()`` puts a job on
the Redis queue once the transaction commits — never for work that is rolled back — and
``manage.py rqworker default`` runs it: a failed job is retried three times (after 10 s, 1 min
and 5 min), then kept in RQ's failed-job registry and reported (logged as an error, so Sentry
sees it when configured). Without a queue, ``defer()`` runs the job inline, at once, inside the
caller's transaction: nothing changes for the embedded default.

RQ rather than Celery: the archive already runs Redis for its cache, jobs here are a handful of
plain functions, and RQ's worker, retries and failed-job registry cover them without a broker,
a result backend or a beat scheduler to operate.
"""

import logging

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)

RETRY_INTERVALS = (10, 60, 300)


def queued():
    """Whether jobs go to workers (else they run inline)."""
    return settings.MADENI_TASK_QUEUE == "rq"


def queue():
    import django_rq

    return django_rq.get_queue("default")


def report_failure(job, connection, exc_type, exc_value, traceback):
    """RQ calls this when a job fails; the last failure stays in the failed-job registry."""
    left = job.retries_left or 0
    log = logger.warning if left else logger.error
    log(
        "Background job %s (%s) failed: %s%s",
        job.id,
        job.func_name,
        exc_value,
        f"; {left} retries left" if left else "; no retries left, kept in the failed-job registry",
    )


def defer(func, *args, **kwargs):
    """Run ``func(*args, **kwargs)`` in the background (after commit) or inline (now)."""
    if not queued():
        return func(*args, **kwargs)
    from rq import Callback, Retry

    def enqueue():
        queue().enqueue_call(
            func,
            args=args,
            kwargs=kwargs,
            retry=Retry(max=len(RETRY_INTERVALS), interval=list(RETRY_INTERVALS)),
            on_failure=Callback(report_failure),
            failure_ttl=30 * 24 * 3600,
        )

    transaction.on_commit(enqueue)
    return None
