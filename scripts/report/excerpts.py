#!/usr/bin/env python3
"""Cuts the timeline and the map out of an HTML report of wsis-parser (wsis -f html) into two
standalone SVG files, with the report's style rules for them, for docs/cli.md:

    java -jar target/wsis.jar -q -f html -o /tmp/report.html
    python3 scripts/report/excerpts.py /tmp/report.html docs

writes docs/report-timeline.svg and docs/report-map.svg. Python 3 standard library only."""
import re
import sys
from pathlib import Path

report = Path(sys.argv[1]).read_text(encoding='utf-8')
out = Path(sys.argv[2])
css = re.search(r'<style>(.*?)</style>', report, re.S).group(1)


def rules(prefix):
    kept = ['svg text { font: 11px system-ui, sans-serif; fill: #1b1f24; }']
    for rule in re.findall(r'[^{}]+\{[^{}]*\}', css):
        if prefix in rule and '@media' not in rule:
            kept.append(rule.strip().replace('var(--line)', '#d0d7de'))
    return '\n'.join(kept)


for name, element_id in (('timeline', 'timeline-svg'), ('map', 'map-svg')):
    svg = re.search(r'<svg[^>]*id="' + element_id + r'".*?</svg>', report, re.S).group(0)
    head_end = svg.index('>') + 1
    svg = svg[:head_end] + '<style>' + rules('#' + element_id) + '</style>' + svg[head_end:]
    if name == 'map':
        svg = svg.replace('<svg ', '<svg width="960" height="384" ', 1)
    target = out / f'report-{name}.svg'
    target.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + svg + '\n', encoding='utf-8')
    print(f'{target}: {len(svg)} characters')
