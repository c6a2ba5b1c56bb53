# Makes small TrueType subsets of the system Noto CJK fonts for the demo PDFs (run by pdf-fonts.ts; needs Debian's python3-fonttools).
#
# Why: Chromium (Skia) cannot embed CFF-outlined OpenType fonts such as Noto CJK; it draws every glyph as a Type 3
# font instead, about 1.5 KB a glyph, which made each demo PDF ~350 KB. A TrueType (glyf) subset is embedded and
# subset by Skia at ~250 bytes a glyph. Coordinates are scaled to 256 units per em, invisible at print sizes.
#
# Usage: python3 subset-fonts.py REQUEST.json, where REQUEST is [{"file", "index", "text", "out"}, ...].
import json
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.scaleUpem import scale_upem

MAX_CURVE_ERROR = 4  # in the source's 1000 units per em
TARGET_UPEM = 256


def cff_to_glyf(font):
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_CURVE_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font['glyf'] = glyf
    font['loca'] = newTable('loca')
    maxp = font['maxp']
    maxp.tableVersion = 0x00010000
    for field in ('maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    for table in ('CFF ', 'VORG'):
        if table in font:
            del font[table]
    font['head'].glyphDataFormat = 0
    font['post'].formatType = 3.0
    font.sfntVersion = '\x00\x01\x00\x00'


def make_subset(request):
    font = TTFont(request['file'], fontNumber=request['index'], recalcTimestamp=False)
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=request['text'])
    subsetter.subset(font)
    cff_to_glyf(font)
    scale_upem(font, TARGET_UPEM)
    font.save(request['out'])


for item in json.load(open(sys.argv[1], encoding='utf-8')):
    make_subset(item)
