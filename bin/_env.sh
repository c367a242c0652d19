# Shared by bin/run and bin/test: make the virtualenv and install the project
# into it when pyproject.toml has changed since the last install.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    echo "Creating the virtualenv in .venv"
    "$PYTHON" -m venv .venv
fi
stamp=.venv/.madeni-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "Installing dependencies"
    # (Some machines' pip configuration names package folders that do not exist; its
    # warnings about them are noise.)
    .venv/bin/python -m pip install --quiet --upgrade pip 2>&1 | { grep -v "^WARNING: Location" || true; }
    .venv/bin/python -m pip install --quiet ".[test]" 2>&1 | { grep -v "^WARNING: Location" || true; }
    echo "$want" > "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
compile_messages() {
    if command -v msgfmt >/dev/null 2>&1; then
        DJANGO_SETTINGS_MODULE=config.test_settings python manage.py compilemessages --ignore=.venv -v0
    else
        echo "warning: gettext (msgfmt) is not installed; UI strings stay in English" >&2
    fi
}
