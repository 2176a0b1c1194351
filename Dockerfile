# AKTIV in production: one process per container, several containers behind Azure Bot Service
# with shared Blob or Cosmos state (docs/deploy.md). Build: docker build -t aktiv .
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Offline bokmål→nynorsk translation (/oversett) from Debian's packages.
RUN apt-get update \
    && apt-get install -y --no-install-recommends apertium apertium-nno-nob \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin aktiv

WORKDIR /app
# The package's licence files (pyproject's license-files) must be there for pip install.
COPY pyproject.toml README.md LICENSE THIRD_PARTY.md ./
COPY bot ./bot
COPY dialogs ./dialogs
COPY guardrails ./guardrails
COPY manifest ./manifest
COPY prompts ./prompts
# Editable: the code reads prompts/ and the guardrail's model files next to itself.
RUN pip install -e . && mkdir -p /app/data && chown aktiv:aktiv /app/data

USER aktiv

# A container must be reachable by Azure Bot Service: it listens on every interface, which the
# bot refuses without MICROSOFT_APP_ID (anonymous mode is loopback only). Set, at least:
# MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD (or MICROSOFT_APP_TYPE=UserAssignedMSI),
# AKTIV_ALLOWED_TENANTS, AKTIV_STORAGE=blob + AKTIV_BLOB_CONNECTION_STRING (or cosmos), a model.
ENV AKTIV_HOST=0.0.0.0 \
    AKTIV_PORT=3978 \
    AKTIV_GUARDRAIL_PROCESSES=2
EXPOSE 3978

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:3978/healthz', timeout=4).status == 200 else 1)"]

CMD ["python", "-m", "bot", "serve"]
