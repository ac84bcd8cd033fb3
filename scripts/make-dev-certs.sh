#!/usr/bin/env bash
# Makes a development certificate authority and, signed by it, a server and a client certificate
# for the checkout's mutual TLS (--tls). Only keytool from the JDK is needed.
#
#   scripts/make-dev-certs.sh [DIR] [NAME...]
#
# DIR (default dev-certs/) receives, all PKCS#12 with password $LANA_TLS_PASSWORD (default changeit):
#   ca.p12          the CA's key: keep it away from terminals; it signs new certificates
#   server.p12      the server's certificate and key        -> run-server.sh --tls
#   client.p12      a terminal's certificate and key        -> run-client.sh --tls, Checkout.Options.withTls
#   truststore.p12  the CA certificate both sides trust
# The server certificate is valid for localhost, 127.0.0.1, this machine's name and every NAME
# given (add the name or address terminals use to reach the server). For development only.
set -euo pipefail

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }
case "${1:-}" in -h|--help) usage; exit 0 ;; esac

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
rm -f ca.p12 server.p12 client.p12 truststore.p12 ./*.csr ./*.pem
kt() { "$KEYTOOL" "$@" -storepass "$PASS" -storetype PKCS12 >/dev/null 2>&1 || { echo "make-dev-certs.sh: keytool $1 failed" >&2; "$KEYTOOL" "$@" -storepass "$PASS" -storetype PKCS12 >&2; exit 1; }; }

kt -genkeypair -alias ca -keyalg EC -groupname secp256r1 -validity 825 \
   -dname "CN=Lana checkout development CA" -ext bc:c -keystore ca.p12
kt -exportcert -alias ca -rfc -file ca.pem -keystore ca.p12
kt -importcert -noprompt -alias lana-dev-ca -file ca.pem -keystore truststore.p12

issue() {   # issue NAME EXTENSIONS...
    local name="$1"; shift
    kt -genkeypair -alias "$name" -keyalg EC -groupname secp256r1 -validity 825 \
       -dname "CN=lana-checkout-$name" -keystore "$name.p12"
    kt -certreq -alias "$name" -file "$name.csr" -keystore "$name.p12"
    kt -gencert -alias ca -infile "$name.csr" -outfile "$name.pem" -rfc -validity 825 "$@" -keystore ca.p12
    kt -importcert -noprompt -alias lana-dev-ca -file ca.pem -keystore "$name.p12"
    kt -importcert -noprompt -alias "$name" -file "$name.pem" -keystore "$name.p12"
}
issue server -ext "SAN=$SAN" -ext EKU=serverAuth
issue client -ext EKU=clientAuth
rm -f ./*.csr ./*.pem
echo "Made ca.p12, server.p12, client.p12 and truststore.p12 in $(pwd) (server valid for $SAN)"
