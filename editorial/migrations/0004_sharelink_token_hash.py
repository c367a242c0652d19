"""Share links keep only the SHA-256 of their token (existing links are hashed and keep working)
and count their views."""

import hashlib

from django.db import migrations, models


def hash_tokens(apps, schema_editor):
    ShareLink = apps.get_model("editorial", "ShareLink")
    for link in ShareLink.objects.only("pk", "token"):
        link.token_hash = hashlib.sha256(link.token.encode()).hexdigest()
        link.save(update_fields=["token_hash"])


def unhash_tokens(apps, schema_editor):
    # The tokens cannot be recovered: links made before going back stop working.
    ShareLink = apps.get_model("editorial", "ShareLink")
    ShareLink.objects.update(token=models.F("token_hash"))


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_audit_labels"),
    ]

    operations = [
        migrations.AddField(
            model_name="sharelink",
            name="token_hash",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.AlterField(
            model_name="sharelink",
            name="token",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.RunPython(hash_tokens, unhash_tokens),
        migrations.RemoveField(
            model_name="sharelink",
            name="token",
        ),
        migrations.AlterField(
            model_name="sharelink",
            name="token_hash",
            field=models.CharField(editable=False, max_length=64, unique=True),
        ),
        migrations.AddField(
            model_name="sharelink",
            name="view_count",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="views"),
        ),
        migrations.AddField(
            model_name="sharelink",
            name="last_viewed_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="last viewed"),
        ),
    ]
