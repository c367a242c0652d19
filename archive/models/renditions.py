"""Resized, metadata-free copies of a photo, made by ``archive.media.images``."""

from django.db import models
from django.urls import reverse


class Rendition(models.Model):
    photo = models.ForeignKey("archive.Photo", on_delete=models.CASCADE, related_name="renditions")
    spec = models.CharField(max_length=16)
    format = models.CharField(max_length=8)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    file = models.FileField(upload_to="renditions/", max_length=255)

    class Meta:
        ordering = ["photo", "width", "spec", "format"]
        constraints = [
            models.UniqueConstraint(fields=["photo", "spec", "format"], name="unique_rendition"),
        ]

    def __str__(self):
        return f"{self.photo_id} {self.spec}.{self.format} ({self.width}×{self.height})"

    def url(self):
        """The address that checks the photo's visibility; ``v`` changes when the file does."""
        path = reverse("files:photo", kwargs={"pk": self.photo_id, "spec": self.spec, "ext": self.format})
        return f"{path}?v={self.pk}"
