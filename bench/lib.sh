# Shared by the benchmarks that drive a running suite (source it; needs $gateway set).

# The load generator shares the cores with everything it measures: keep its own JIT and GC small.
load_jvm="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m"

require_suite() {
  curl -fsS "$gateway/health" | grep -q '"status":"UP"' \
    || { echo "The suite is not UP at $gateway; start it with ./run.sh first." >&2; exit 1; }
}

# sign_up_users COUNT PREFIX FILE: registers COUNT users through the gateway and appends their
# access tokens to FILE, one a line, waiting out the sign-up rate limit (1/s per address).
sign_up_users() {
  local i email body token
  for i in $(seq 1 "$1"); do
    email="$2-$(date +%s%N)-$i@example.com"
    body="{\"email\":\"$email\",\"displayName\":\"Bench\",\"password\":\"a long enough secret\"}"
    until curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "$body" "$gateway/api/v1/auth/register"; do sleep 1.2; done
    until token=$(curl -fsS -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"a long enough secret\"}" "$gateway/api/v1/auth/login" \
        | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'); do sleep 1.2; done
    echo "$token" >> "$3"
  done
}

# The machine line every benchmark prints. VMs of the same size differ: a guest of the PVM
# hypervisor ("pvm-pv: detected" in the boot log) pays two to three times more CPU per request
# for system calls and wake-ups than a hardware-virtualised one (docs/PERFORMANCE.md).
machine() {
  local boot guest
  if boot=$(dmesg 2>/dev/null); then
    guest=$(grep -o 'pvm-pv: [a-z ]*detected' <<< "$boot" | head -1 || true)
    guest=${guest:-no pvm-pv line in the boot log}
  else
    guest="boot log not readable"
  fi
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $guest, $(java -version 2>&1 | head -1)"
}
