#!/usr/bin/env bash
# Makes a development certificate authority and, signed by it, a server and a client certificate
# for the checkout's mutual TLS (--tls), and terminal certificates that name their till. Only
# keytool from the JDK is needed.
#
#   scripts/make-dev-certs.sh [DIR] [NAME...]               a new CA with server and client certificates
#   scripts/make-dev-certs.sh --till ID [--till ID...] [DIR]  a terminal certificate for each till ID
#
# DIR (default dev-certs/) receives, all PKCS#12 with password $LANA_TLS_PASSWORD (default changeit):
#   ca.p12          the CA's key: keep it away from terminals; it signs new certificates
#   server.p12      the server's certificate and key        -> run-server.sh --tls
#   client.p12      a certificate naming no till (CN=lana-checkout-client): calls, signs no clerk in
#   till-ID.p12     with --till ID: till ID's terminal certificate, CN=ID -> run-client.sh --tls --till ID
#                   --keystore DIR/till-ID.p12; with it a terminal signs clerks in at till ID only
#   truststore.p12  the CA certificate both sides trust
# --till signs with the CA already in DIR, making one (and the rest) first when DIR has none. The
# server certificate is valid for localhost, 127.0.0.1, this machine's name and every NAME given
# (add the name or address terminals use to reach the server). For development only.
set -euo pipefail

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; }
case "${1:-}" in -h|--help) usage; exit 0 ;; esac

TILLS=()
while [ "${1:-}" = "--till" ]; do
    [[ "${2:-}" =~ ^[A-Za-z0-9_-]{1,16}$ ]] || { echo "make-dev-certs.sh: --till needs a till id of 1 to 16 letters, digits, '-' or '_', was '${2:-}'" >&2; exit 2; }
    TILLS+=("$2")
    shift 2
done
DIR="${1:-dev-certs}"
shift || true
PASS="${LANA_TLS_PASSWORD:-changeit}"
KEYTOOL="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
command -v "$KEYTOOL" >/dev/null 2>&1 || { echo "make-dev-certs.sh: keytool not found; install a JDK" >&2; exit 1; }

SAN="dns:localhost,ip:127.0.0.1"
HOST="$(hostname 2>/dev/null || true)"
[ -n "$HOST" ] && SAN="$SAN,dns:$HOST"
for name in "$@"; do
    if [[ "$name" =~ ^[0-9.]+$ || "$name" == *:* ]]; then SAN="$SAN,ip:$name"; else SAN="$SAN,dns:$name"; fi
done

mkdir -p "$DIR"
cd "$DIR"
kt() { "$KEYTOOL" "$@" -storepass "$PASS" -storetype PKCS12 >/dev/null 2>&1 || { echo "make-dev-certs.sh: keytool $1 failed" >&2; "$KEYTOOL" "$@" -storepass "$PASS" -storetype PKCS12 >&2; exit 1; }; }

issue() {   # issue FILE CN EXTENSIONS...: FILE.p12 with a key and a certificate for CN, signed by the CA
    local name="$1" cn="$2"; shift 2
    rm -f "$name.p12"
    kt -genkeypair -alias "$name" -keyalg EC -groupname secp256r1 -validity 825 \
       -dname "CN=$cn" -keystore "$name.p12"
    kt -certreq -alias "$name" -file "$name.csr" -keystore "$name.p12"
    kt -gencert -alias ca -infile "$name.csr" -outfile "$name.pem" -rfc -validity 825 "$@" -keystore ca.p12
    kt -importcert -noprompt -alias lana-dev-ca -file ca.pem -keystore "$name.p12"
    kt -importcert -noprompt -alias "$name" -file "$name.pem" -keystore "$name.p12"
}

if [ "${#TILLS[@]}" -eq 0 ] || [ ! -f ca.p12 ]; then
    rm -f ca.p12 server.p12 client.p12 truststore.p12 ./*.csr ./*.pem
    kt -genkeypair -alias ca -keyalg EC -groupname secp256r1 -validity 825 \
       -dname "CN=Lana checkout development CA" -ext bc:c -keystore ca.p12
    kt -exportcert -alias ca -rfc -file ca.pem -keystore ca.p12
    kt -importcert -noprompt -alias lana-dev-ca -file ca.pem -keystore truststore.p12
    issue server lana-checkout-server -ext "SAN=$SAN" -ext EKU=serverAuth
    issue client lana-checkout-client -ext EKU=clientAuth
    echo "Made ca.p12, server.p12, client.p12 and truststore.p12 in $(pwd) (server valid for $SAN)"
else
    kt -exportcert -alias ca -rfc -file ca.pem -keystore ca.p12
fi
for till in "${TILLS[@]}"; do
    issue "till-$till" "$till" -ext EKU=clientAuth
    echo "Made till-$till.p12 in $(pwd): the terminal certificate of till $till (CN=$till)"
done
rm -f ./*.csr ./*.pem
