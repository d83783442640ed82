# shellcheck shell=bash
# Shared by the scripts in this folder: stop at the first error, read settings.sh, say what runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ ! -f "$here/settings.sh" ]]; then
  echo "Missing $here/settings.sh: copy settings.example.sh and fill it in." >&2
  exit 2
fi
# shellcheck source=settings.example.sh
source "$here/settings.sh"
if [[ "$PUBLIC_HOSTNAME" != "${PUBLIC_HOSTNAME,,}" ]]; then
  echo "PUBLIC_HOSTNAME must be lower case (${PUBLIC_HOSTNAME,,}): Teams SSO fails on Android otherwise." >&2
  exit 2
fi
step() { printf '\n== %s\n' "$*"; }
