#!/usr/bin/env bash
# The evaluation workflow with curl alone, against a running demo server (npm start):
# chair-mp fills in and submits 2025 MP, the evaluator returns it, the chair revises and
# resubmits, the evaluator scores and verifies; then the refusals. Usage:
#   scripts/curl-workflow.sh [http://localhost:3000]
set -euo pipefail
BASE=${1:-http://localhost:3000}
jar() { echo "/tmp/rapor-$1.cookies"; }
json() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const v=JSON.parse(s);console.log($1)})"; }
login() { curl -sf -c "$(jar "$1")" -H 'content-type: application/json' -H 'x-rapor-request: 1' -d "{\"username\":\"$1\",\"password\":\"rapor-demo\"}" "$BASE/api/v1/auth/login" >/dev/null; }
call() { # user method path [body] → prints body; fails on non-2xx
  curl -sf -b "$(jar "$1")" -X "$2" -H 'content-type: application/json' -H 'x-rapor-request: 1' ${4:+-d "$4"} "$BASE$3"
}
status() { # user method path body → prints only the HTTP status
  curl -s -o /dev/null -w '%{http_code}' -b "$(jar "$1")" -X "$2" -H 'content-type: application/json' -H 'x-rapor-request: 1' ${4:+-d "$4"} "$BASE$3"
}
MP=/api/v1/periods/2025/areas/MP

login chair-mp; login evaluator; login leader
version=$(call chair-mp GET $MP | json v.version)
echo "1. chair-mp edits 2025 MP (version $version): answers what is still blank and revises the first item"
# every unanswered indicator as code:type, walking the score tree
unanswered=$(call chair-mp GET $MP | json "(function walk(ns){return ns.flatMap(n=>n.indicator?(n.indicator.selfValue===null?[n.code+':'+n.indicator.answer.type]:[]):walk(n.children??[]))})(v.tree).join(' ')")
for item in $unanswered; do
  code=${item%%:*}
  case ${item#*:} in yesno) value=true ;; scale) value='"B"' ;; *) value=75 ;; esac
  version=$(call chair-mp PUT "$MP/indicators/$code" "{\"version\":$version,\"selfValue\":$value,\"evidence\":[{\"label\":\"Data dukung\",\"url\":\"https://example.org/$code.pdf\"}]}" | json v.version)
  echo "   $code = $value → version $version"
done
# the area's first indicator, as code:type (the item codes differ between framework versions)
first=$(call chair-mp GET $MP | json "(function walk(ns){return ns.flatMap(n=>n.indicator?[n.code+':'+n.indicator.answer.type]:walk(n.children??[]))})(v.tree)[0]")
case ${first#*:} in yesno) revised=true; judged=false ;; scale) revised='"A"'; judged='"C"' ;; *) revised=85; judged=60 ;; esac
first=${first%%:*}
version=$(call chair-mp PUT "$MP/indicators/$first" "{\"version\":$version,\"selfValue\":$revised,\"selfComment\":\"Diselaraskan dengan RMRB Nasional 2025-2029\"}" | json v.version)
echo "   $first = $revised → version $version"
version=$(call chair-mp PUT $MP "{\"version\":$version,\"narrative\":\"Monev RB triwulanan berjalan di seluruh unit.\"}" | json v.version)
echo "2. submit: $(call chair-mp POST $MP/submit "{\"version\":$((version))}" | json v.status)"; version=$((version + 1))
echo "3. evaluator returns: $(call evaluator POST $MP/return "{\"version\":$version,\"comment\":\"Lengkapi bukti monev triwulan IV.\"}" | json "v.status+' — '+v.reviewComment")"; version=$((version + 1))
version=$(call chair-mp PUT $MP "{\"version\":$version,\"narrative\":\"Monev RB triwulanan berjalan; bukti triwulan IV diunggah.\"}" | json v.version)
echo "4. chair-mp revises and resubmits: $(call chair-mp POST $MP/submit "{\"version\":$version}" | json v.status)"; version=$((version + 1))
echo "5. evaluator scores $first $judged and verifies"
version=$(call evaluator PUT "$MP/indicators/$first" "{\"version\":$version,\"evaluatorValue\":$judged,\"evaluatorComment\":\"Bukti pelaksanaan belum lengkap.\"}" | json v.version)
result=$(call evaluator POST $MP/verify "{\"version\":$version}")
echo "   status $(echo "$result" | json v.status), points $(echo "$result" | json v.score.points) (self-assessment $(echo "$result" | json v.score.selfPoints))"
echo "6. dashboard: $(curl -sf "$BASE/api/v1/dashboard/summary?from=2025&to=2025" | json "JSON.stringify(v.years[0].areas[0])")"
echo "7. refusals:"
echo "   chair-mp edits YAN → $(status chair-mp PUT /api/v1/periods/2025/areas/YAN '{"version":1,"narrative":"x"}')"
echo "   leader edits MP    → $(status leader PUT $MP '{"version":1,"narrative":"x"}')"
echo "   chair-mp edits 2024 → $(status chair-mp PUT /api/v1/periods/2024/areas/MP '{"version":1,"narrative":"x"}')"
echo "   evaluator on 2024  → $(status evaluator PUT /api/v1/periods/2024/areas/MP/indicators/PM.MP.a '{"version":1,"evaluatorValue":"A"}')"
