"""The three editorial roles as groups, with the model permissions each needs.

Transitions are not model permissions: ``editorial.rules`` decides them from these groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RECORDS = ("event", "person", "program", "document", "organization", "place", "photo")
INLINES = ("participation", "eventorganization", "position")
LOOKUPS = ("theme",)

ROLES = {
    # Authors create and edit (their own drafts: the admin narrows "change" per record).
    "Author": [f"{action}_{model}" for model in RECORDS + INLINES for action in ("add", "change", "view")]
    + [f"view_{model}" for model in LOOKUPS],
    # Reviewers and publishers read everything; their transitions come from the group itself.
    "Reviewer": [f"view_{model}" for model in RECORDS + INLINES + LOOKUPS],
    "Publisher": [f"view_{model}" for model in RECORDS + INLINES + LOOKUPS],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(content_type__app_label="archive", codename__in=codenames)
        group.permissions.add(*permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("archive", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
