#!/usr/bin/env bash
# Install the benchmark's server (nginx) and the peer downloaders it compares against.
# Everything is optional: the runner skips a peer that is missing and falls back to an aiohttp
# static server when nginx is missing. Run as root (or with sudo) on Debian/Ubuntu.
set -u

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

if command -v apt-get >/dev/null 2>&1; then
    $SUDO apt-get update -qq || echo "warning: apt-get update failed" >&2
    # Install only the packages this distribution has (wget2 is missing from older releases).
    # time: GNU time, which the runner uses to read each tool's own peak RSS.
    wanted="nginx-light nginx libnginx-mod-http-echo curl aria2 rclone wget2 libsecret-1-0 time openssl"
    have=""
    for pkg in $wanted; do
        if apt-cache policy "$pkg" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
            have="$have $pkg"
        fi
    done
    # nginx-light and nginx conflict on some releases: prefer the plain package.
    case " $have " in *" nginx "*) have="${have/ nginx-light/}" ;; esac
    if [ -n "$have" ]; then
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $have \
            || echo "warning: apt-get install failed for some of:$have" >&2
    fi
    # The Debian nginx package starts a service on port 80; the benchmark runs its own instance.
    $SUDO systemctl disable --now nginx >/dev/null 2>&1 || $SUDO service nginx stop >/dev/null 2>&1 || true
else
    echo "warning: no apt-get; install nginx, curl, aria2, rclone, wget2 by hand" >&2
fi

# The PNG chart and the profilers.
python -m pip install -q matplotlib py-spy pyinstrument || echo "warning: pip install failed" >&2
# Optional: the azure-storage-blob aio peer (used only when Azurite is also installed).
python -m pip install -q "azure-storage-blob[aio]" || true

# Optional: azcopy, shipped inside an npm package (needs libsecret-1-0, installed above), and Azurite.
if command -v npm >/dev/null 2>&1; then
    npm install -g --silent @azure-tools/azcopy-linux azurite >/dev/null 2>&1 \
        || echo "note: npm azcopy/azurite not installed (optional)" >&2
    # The package ships the binary without the executable bit and puts nothing on PATH.
    bin="$(npm root -g 2>/dev/null)/@azure-tools/azcopy-linux/dist/bin/azcopy_linux_amd64"
    if [ -f "$bin" ]; then
        $SUDO chmod 755 "$bin" && $SUDO ln -sf "$bin" /usr/local/bin/azcopy
    fi
fi
echo "benchmark setup done"
