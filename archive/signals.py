"""Stored files follow their rows: deleting a photo, rendition or document deletes its file.

``post_delete`` also fires for queryset and cascade deletes (admin bulk delete,
a photo's renditions), which ``Model.delete()`` overrides would miss. The file
goes only once the transaction commits, so a rolled-back delete loses nothing.
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from archive.images import delete_later
from archive.models import Document, Photo, Rendition


@receiver(post_delete, sender=Photo, dispatch_uid="archive_photo_file")
@receiver(post_delete, sender=Document, dispatch_uid="archive_document_file")
@receiver(post_delete, sender=Rendition, dispatch_uid="archive_rendition_file")
def delete_stored_file(sender, instance, **kwargs):
    field = instance.image if sender is Photo else instance.file
    if field:
        delete_later(field.storage, field.name)
