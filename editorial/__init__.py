"""The editorial workflow of Madeni.

Where things live:

- ``rules``: the roles (Author, Reviewer, Publisher groups, made by a migration), the stage of
  a record's working copy and ``can(user, action, record)`` — the one table of what is allowed.
- ``workflow``: one function per action (submit, comment, send_back, approve, publish,
  unpublish, archive, schedule, restore, share, save_pending), each checked, atomic, audited.
- ``content`` / ``revisions`` / ``diff``: a record's content as JSON, its revisions, differences.
- ``preview``: render a record as it would be public, inside a savepoint that is rolled back.
- ``admin`` / ``admin_views``: the mixin every record admin inherits, the review queue, the log.
- ``views``: the share-link preview for people without an account.
- ``demo``: workflow data for the demo archive.

The record row is the public version. Edits of a published record are stored as a pending
revision and written to the row only by ``workflow.publish``.
"""
