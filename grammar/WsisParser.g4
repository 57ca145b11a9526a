/*
 * One WSIS entry line, e.g.
 *   go 28 June- 1 July 2005, Geneva (Switzerland), ITU - WSIS Thematic Meeting on Cybersecurity
 *   go PrepCom-2 : 17-25 February 2005, Geneva (Switzerland)
 *   go 7-10 June 2005 (see follow-up meetings of the conference "Measuring the Information Society")
 *   go Task Force on Financial Mechanisms (TFFM)
 *
 * The grammar owns the structure of a line: line kind, label, dates, venues, places, organizer
 * list, title and notes are rules, and EntryBuilder turns the tree of one parse into records.
 * What stays a decision of the builder: whether an unseparated tail is a title or organizers glued
 * to a title (the missing-separator recovery), which trailing notes belong to notes, and what a
 * named place is (country, city or online), all on the tokens of this same parse.
 *
 * Rules for the shape of a line, so that one parse costs linear time:
 *  - no rule is recursive: deep nesting of parentheses costs no stack (the lexer counts depth);
 *  - every decision is settled within the construct it is about (one venue, one place, one
 *    bracket group), or once per line, never once per token or per venue over the whole line.
 * Every entry rule ends in EOF. The date rules are reachable on their own (standaloneDateRange),
 * so DateRange.parse(...) and the entry lines share one source of truth.
 */
parser grammar WsisParser;

options { tokenVocab = WsisLexer; contextSuperClass = LineContext; }

// =============================================================================================
// Entry rules
// =============================================================================================

/**
 * A marked line ("go" or a bullet): dated (a meeting, or a cross-reference when a "(see ...)" note
 * follows the dates), titled (a title or place first, then dates), or (after "go" only) a link. A dated line starts with its dates, or
 * with a label and then its dates. Where two readings fit, the first alternative is taken. A
 * bullet line that is none of these is text (a list in a description), not an error.
 */
entryLine
    : marker label? dateRange ( crossReferenceNote | meetingRest ) EOF    #datedLine
    | marker titled EOF                                                 #titledLine
    | GO linkText EOF                                                   #linkLine
    ;

/** "go", or a bullet (the lexer makes the first token of a line a BULLET when it is one). */
marker
    : GO
    | BULLET
    ;

/**
 * A line with no marker: an entry only when the whole line is a dated shape; otherwise it is text
 * (the page reader tries this rule on short standalone lines only, and the builder keeps prose out).
 */
standaloneLine
    : label? dateRange ( crossReferenceNote | meetingRest ) EOF    #standaloneDated
    | titled EOF                                 #standaloneTitled
    ;

standaloneDateRange
    : dateRange EOF
    ;

/**
 * The lines of an entry printed over several lines ("14-16 March 2005" / "Regional Workshop on ICT
 * Indicators" / "Cairo, Egypt"): the dates alone on the first line, a place alone on the last.
 */
dateLine
    : dateRange ( COMMA | DOT )? EOF
    ;

placeLine
    : venuePlace DOT? EOF
    ;

// =============================================================================================
// Dated lines
// =============================================================================================

/** "PrepCom-2 :" before the dates; the label becomes the meeting's title. */
label
    : labelStart labelPart* COLON
    ;

labelStart
    : ~( COLON | COMMA | NUMBER | ORDINAL | EOF )
    ;

labelPart
    : ~( COLON | COMMA | EOF )
    ;

/**
 * Venues joined by "and", then the organizers and title. Written so that the tail (which may
 * hold any text, "and" and dates included) only ever follows the last venue:
 *   ", Geneva (Switzerland) and 13-15 November 2005, Tunis (Tunisia), ITU - Title"
 *    ^ venueStep: the place of the dates before it, "and", the next dates
 *                                                    ^ lastVenueEnd
 */
meetingRest
    : venueStep* lastVenueEnd
    ;

/** The place of the dates before it (if any), then the next venue's dates. */
venueStep
    : placeClause? venueJoin dateRange
    ;

/** Between two venues or two date ranges: "and", ";", "," or ", and" (a list's last range). */
venueJoin
    : AND
    | SEMI
    | COMMA AND?
    ;

placeClause
    : COMMA place
    ;

/**
 * The end of the last venue: its place (if any), then organizers and title; after a colon, the
 * title alone ("February 24, Brussels: Working Group").
 */
lastVenueEnd
    : COMMA place ( COLON title | placeSeparator tail )?   #placedEnd
    | ( SEPARATOR | COLON ) tail                 #datedTitleEnd
    | ( COMMA | DOT )?                           #bareEnd
    ;

/** After a place: a comma or a separating dash. */
placeSeparator
    : COMMA
    | SEPARATOR
    | DATE_SEPARATOR
    ;

// =============================================================================================
// Titled lines: a title (or a place) first, then the dates
// =============================================================================================

/**
 * A title or place, then dates; each shape is one alternative:
 *   Regional Meeting – Lima 5-7 October 2004                 #dashedTitle  (label, dash, place, dates)
 *   Expert Group – Windhoek, Namibia, 8-9 March 2005
 *   Session 2 – 4-6 May 2004; 2-5 August 2004.              (several ranges: ";", "," or "and")
 *   Workshop on Spam Statistics, 12 May 2005, Nairobi, Kenya  #connectedTitle (title or place, dates, place)
 *   Workshop on Spam, 12 May 2005 (Nairobi, Kenya)           (the end place after ",", a dash, or in parentheses)
 *   Cotonou, Benin, 3-4 June 2004
 *   Forum on Rural Connectivity from 9-11 May 2006           ("from", "on", "," or nothing before the dates)
 *   Conference on Open Access (Paris, France 12-13 May 2005) #bracketedTitle
 *   Tunis Summit (16 to 18 November 2005), Kram Palexpo      (a place after the brackets)
 * The lead cannot start with a number (it may start with an ordinal: "1st Meeting of the UN Group
 * ..., 14 July 2006"); where a line reads both as dated and as titled, the dated reading (the
 * first alternative) wins.
 */
titled
    : lead ( SEPARATOR | DATE_SEPARATOR ) venue ( venueJoin venue )* trailingPlace? DOT?       #dashedTitle
    | lead ( COMMA | ON )? dateRange ( venueJoin venue )* trailingPlace? DOT?                  #connectedTitle
    | lead LPAREN ( startPlace=venuePlace COMMA? )? dateRange ( COMMA endPlace=venuePlace )? RPAREN
      ( COMMA afterPlace=venuePlace )? DOT?                                                    #bracketedTitle
    ;

/**
 * The title (or place) before the dates: comma-separated parts, none starting like a date. The
 * loops are not greedy: the lead ends at the first place where the dates can start and the line
 * can end ("Forum from 9-11 May 2006" is not "Forum from 9-" and "11 May 2006").
 */
lead
    : leadPart ( COMMA leadPart )*?
    ;

leadPart
    : ~( COMMA | SEPARATOR | DATE_SEPARATOR | NUMBER | FROM | DU | DEL | SEMI | WEEKDAY
       | JANUARY | FEBRUARY | MARCH | APRIL | MAY | JUNE | JULY | AUGUST
       | SEPTEMBER | OCTOBER | NOVEMBER | DECEMBER | EOF )
      ( placeGroup | ~( COMMA | SEPARATOR | DATE_SEPARATOR | EOF ) )*?
    ;

/** A place after the dates: ", Nairobi, Kenya", " - Geneva", " (Geneva, Switzerland)". */
trailingPlace
    : ( COMMA | SEPARATOR ) venuePlace
    | LPAREN venuePlace RPAREN
    ;

/** One venue after the lead: maybe a place, then its dates. */
venue
    : ( venuePlace COMMA? )? dateRange
    ;

/**
 * A place in a titled line, in comma-separated parts of words with no number, date word or dash:
 * "Lima", "Windhoek, Namibia" (City, Country: the last part names the country), "Geneva
 * (Switzerland)" (City (Country): a group in parentheses ends the last part), "online". Numbers
 * cannot stand in it, unlike in a go line's place, since the dates follow with no comma
 * ("Lima 5-7 October 2004").
 */
venuePlace
    : placePart ( COMMA placePart )*
    ;

placePart
    : placeStart ( placeStart | DOT | AND | placeGroup )*
    ;

/** "(Switzerland)": words in parentheses, in a place or a lead. */
placeGroup
    : LPAREN placeStart+ RPAREN
    ;

placeStart
    : ~( COMMA | SEPARATOR | DATE_SEPARATOR | NUMBER | ORDINAL | FROM | DU | DEL | SEMI | DOT | AND
       | WEEKDAY
       | LPAREN | RPAREN | JANUARY | FEBRUARY | MARCH | APRIL | MAY | JUNE | JULY | AUGUST
       | SEPTEMBER | OCTOBER | NOVEMBER | DECEMBER | EOF )
    ;

// =============================================================================================
// Places
// =============================================================================================

/**
 * Where a venue is; it ends at a comma or a separating dash. "and" followed by a number starts the
 * next venue, so the words after "and" in a place start with no number ("Trinidad and Tobago",
 * "Room 101"). Trailing notes ("Tunis (Tunisia). [Proxy site]") belong to the place's line.
 */
place
    : city=placeName? LPAREN country=countryName RPAREN placeNote*  #cityAndCountry
    | ONLINE placeNote*                                             #onlinePlace
    // no number or month name first (that is the next venue's date); the first token after
    // "and" is no number and no month name either
    | ~( COMMA | SEPARATOR | DATE_SEPARATOR | AND | NUMBER | ORDINAL | EOF | SEMI | WEEKDAY
       | JANUARY | FEBRUARY | MARCH | APRIL | MAY | JUNE | JULY | AUGUST
       | SEPTEMBER | OCTOBER | NOVEMBER | DECEMBER | FROM | DU | DEL )
      ~( COMMA | SEPARATOR | DATE_SEPARATOR | AND | SEMI | COLON | EOF )*
      ( AND ~( COMMA | SEPARATOR | DATE_SEPARATOR | AND | NUMBER | ORDINAL | EOF
             | JANUARY | FEBRUARY | MARCH | APRIL | MAY | JUNE | JULY | AUGUST
             | SEPTEMBER | OCTOBER | NOVEMBER | DECEMBER )
            ~( COMMA | SEPARATOR | DATE_SEPARATOR | AND | SEMI | COLON | EOF )* )*   #namedPlace
    ;

/** A country in parentheses, with one more pair inside: "Iran (Islamic Republic of)". */
countryName
    : placeName ( NESTED_LPAREN placeName NESTED_RPAREN )?
    ;

/** A name without parentheses or numbers: "Port of Spain", "Trinidad and Tobago", "St. Petersburg". */
placeName
    : placeWords ( AND placeWords )*
    ;

placeWords
    : ~( COMMA | SEPARATOR | DATE_SEPARATOR | AND | NUMBER | ORDINAL | LPAREN | RPAREN | COLON
       | NESTED_LPAREN | NESTED_RPAREN | NOTE | LBRACKET | RBRACKET | EOF )+
    ;

placeNote
    : DOT? NOTE
    ;

// =============================================================================================
// Organizers, title, notes
// =============================================================================================

/**
 * Organizers and title. With a separating dash (outside parentheses: the lexer tells), the
 * organizers stand before the first one and the title after it. Without, the builder decides
 * whether the text is a title, or organizers glued to a title (a missing separator). Organizers
 * stop at the first separating dash, so the choice is made there, with no look-ahead over the tail.
 */
tail
    : organizers ( separator=( SEPARATOR | DATE_SEPARATOR ) title )?
    ;

/** Organizer names split at "/" outside parentheses; empty names are left out. */
organizers
    : organizer? ( SLASH organizer? )*
    ;

/** Any text but "/" and separating dashes outside parentheses; bracketed notes are NOTE tokens. */
organizer
    : ~( SLASH | SEPARATOR | DATE_SEPARATOR | EOF )+
    ;

/** The rest of the line; NOTE tokens at its end go to Meeting.notes(). */
title
    : ~EOF*
    ;

// =============================================================================================
// Cross-references and links
// =============================================================================================

/** (see follow-up meetings of the conference "Measuring the Information Society") */
crossReferenceNote
    : LPAREN SEE referenceItem* RPAREN
    ;

referenceItem
    : quoted
    | ~EOF
    ;

/** A quoted title: the last one in a note is the title the cross-reference names. */
quoted
    : QUOTE quotedWord+ QUOTE
    ;

quotedWord
    : ~( QUOTE | EOF )
    ;

/** A go line that does not start with a date (nor with a label and a date). */
linkText
    : ~( NUMBER | ORDINAL | EOF ) ~EOF*
    ;

// =============================================================================================
// Dates: day-first as on the WSIS pages, month-first as on related pages.
// The year written once at the end applies to the whole range.
// =============================================================================================

dateRange
    // Longer shapes first: where two readings fit, ANTLR takes the first alternative.
    // French and Spanish: "du"/"del" before, "au"/"al" between, "de" before month and year.
    // A day name may stand before either end ("Monday, 5 May 2005"); it is not checked.
    : from? weekday? day DE? month DE? year rangeSeparator weekday? day DE? month DE? year   #dayFirstCrossYear
    | from? weekday? day DE? month rangeSeparator weekday? day DE? month DE? year            #dayFirstCrossMonth
    | from? weekday? day rangeSeparator weekday? day DE? month DE? year                      #dayFirstSameMonth
    | from? weekday? day DE? month DE? year                                                  #dayFirstSingle
    | weekday? monthName day COMMA? year rangeSeparator weekday? monthName day COMMA? year  #monthFirstCrossYear
    | weekday? monthName day rangeSeparator weekday? monthName day COMMA? year            #monthFirstCrossMonth
    | weekday? monthName day rangeSeparator day COMMA? year                               #monthFirstSameMonth
    | weekday? monthName day COMMA? year                                                  #monthFirstSingle
    | isoDate ( rangeSeparator isoDate )?                                                 #isoDates
    | numericDate ( rangeSeparator numericDate )?                                         #numericDates
    ;

/**
 * A numeric date, {@code 12/05/2004} or {@code 12.05.2004}: which number is the day is decided
 * from the numbers (a number over 12 is the day) or from the page's other dates (DateRangeBuilder).
 */
numericDate
    : NUMBER ( SLASH | DOT ) NUMBER ( SLASH | DOT ) year
    ;

/** An ISO 8601 calendar date, {@code 2005-09-19}. */
isoDate
    : year DASH isoMonth DASH day
    ;

isoMonth
    : NUMBER
    ;

weekday
    : WEEKDAY COMMA?
    ;

from
    : DU
    | DEL
    | FROM
    ;

day
    : NUMBER
    | ORDINAL
    ;

year
    : NUMBER
    ;

/** In day-first dates any word stands where the month goes, so that "5 Febtober 2005" is an unknown month. */
month
    : monthName
    | WORD
    | ONLINE
    | SEE
    | GO
    ;

monthName
    : JANUARY | FEBRUARY | MARCH | APRIL | MAY | JUNE
    | JULY | AUGUST | SEPTEMBER | OCTOBER | NOVEMBER | DECEMBER
    ;

/** A separating dash between two dates is always DATE_SEPARATOR (the lexer looks at what follows). */
rangeSeparator
    : DASH
    | DATE_SEPARATOR
    | TO
    | UNTIL
    | AU
    | AL
    ;
