/*
 * Tokens of one WSIS entry line ("go 28 June- 1 July 2005, Geneva (Switzerland), ITU - Title").
 *
 * The lexer is total: every character becomes some token (UNRECOGNIZED as the last resort), so that
 * strange input turns into positioned parser errors rather than console messages.
 * It is case-insensitive: "JANUARY", "january" and "January" are the same month.
 */
lexer grammar WsisLexer;

options { caseInsensitive = true; }

/**
 * Token types the lexer never matches itself: LineLexer (Java, beside the generated code) gives
 * them to tokens by their place, so that the parser sees the line's structure (nested parentheses,
 * a dash between two dates, the line's first bullet). This file holds no Java.
 */
tokens { NESTED_LPAREN, NESTED_RPAREN, NESTED_SEPARATOR, NESTED_SLASH, DATE_SEPARATOR }

// ---------------------------------------------------------------------------------------------
// Months: one token per month, with its abbreviations and an optional period.
// The mapping token -> java.time.Month lives in MonthTable (our own table, never the locale's).
// ---------------------------------------------------------------------------------------------
// English, then French and Spanish (the WSIS site's three languages), with and without accents.
JANUARY   : 'jan' ( 'uary' | '.' )? | 'janvier' | 'janv' '.'? | 'enero' | 'ene.' ;
FEBRUARY  : 'feb' ( 'ruary' | '.' | 'rero' )? | ( 'f\u00E9v' | 'fev' ) ( 'rier' | 'r.' | '.' )? ;
MARCH     : 'mar' ( 'ch' | '.' | 's' | 'zo' )? ;
APRIL     : 'apr' ( 'il' | '.' )? | 'avr' ( 'il' | '.' )? | 'abr' ( 'il' | '.' )? ;
MAY       : 'may' ( '.' | 'o' )? | 'mai' ;
JUNE      : 'jun' ( 'e' | '.' | 'io' )? | 'juin' ;
JULY      : 'jul' ( 'y' | '.' | 'io' )? | 'juil' ( 'let' | '.' )? ;
AUGUST    : 'aug' ( 'ust' | '.' )? | 'ao\u00FBt' | 'aout' | 'ago' ( 'sto' | '.' )? ;
SEPTEMBER : 'sep' ( 'tember' | 't' | '.' | 't.' | 'tembre' | 'tiembre' )? | 'setiembre' ;
OCTOBER   : 'oct' ( 'ober' | '.' | 'obre' | 'ubre' )? ;
NOVEMBER  : 'nov' ( 'ember' | '.' | 'embre' | 'iembre' )? ;
DECEMBER  : 'dec' ( 'ember' | '.' | 'embre' )? | 'd\u00E9c' ( 'embre' | '.' )? | 'dic' ( 'iembre' | '.' )? ;

// ---------------------------------------------------------------------------------------------
// Keywords
// ---------------------------------------------------------------------------------------------
/** Day names before a date ("Monday, 5 May 2005", "lundi 5 mai", "lunes 5 de mayo"). */
WEEKDAY   : ( 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday'
            | 'mon.' | 'tue.' | 'tues.' | 'wed.' | 'thu.' | 'thurs.' | 'fri.' | 'sat.' | 'sun.'
            | 'lundi' | 'mardi' | 'mercredi' | 'jeudi' | 'vendredi' | 'samedi' | 'dimanche'
            | 'lunes' | 'martes' | 'mi\u00E9rcoles' | 'miercoles' | 'jueves' | 'viernes'
            | 's\u00E1bado' | 'sabado' | 'domingo' ) ;

GO        : 'go' ;
TO        : 'to' ;
UNTIL     : 'until' ;
AND       : 'and' ;
SEE       : 'see' ;
// French and Spanish range words: "du 28 juin au 1er juillet 2005", "del 28 de junio al 1 de julio".
DU        : 'du' ;
AU        : 'au' ;
DEL       : 'del' ;
AL        : 'al' ;
DE        : 'de' ;
ONLINE    : 'online' ;
FROM      : 'from' ;
ON        : 'on' ;

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------
ORDINAL   : DIGIT+ ( 'st' | 'nd' | 'rd' | 'th' | 'er' ) ;
NUMBER    : DIGIT+ ;

// ---------------------------------------------------------------------------------------------
// Dashes. A dash with white space on at least one side is a separator (SEPARATOR, white space
// included in the token); a dash between two non-space characters (Asia-Pacific, 26-27) is DASH.
// ---------------------------------------------------------------------------------------------
SEPARATOR : SPACE+ DASH_CHAR SPACE* | DASH_CHAR SPACE+ ;
DASH      : DASH_CHAR ;

// ---------------------------------------------------------------------------------------------
// Punctuation
// ---------------------------------------------------------------------------------------------
COMMA     : ',' ;
COLON     : ':' ;
SEMI      : ';' ;
SLASH     : '/' ;
DOT       : '.' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
/** "[Proxy site]": a bracketed note, one token (brackets do not nest in it; "[" alone is LBRACKET). */
NOTE      : '[' ~[[\]]* ']' ;
LBRACKET  : '[' ;
RBRACKET  : ']' ;

/**
 * A list bullet ("•", "·", "◦", "▪", "‣", "○", "■", "►", "▸", "*", "+", ">"): first on a line it is an
 * entry marker, as "go" is ("-", "–" and "o" followed by a space are made markers by LineLexer).
 */
BULLET    : [\u2022\u00B7\u25E6\u25AA\u2023\u25CB\u25A0\u25BA\u25B8*+>] ;

/** Quotation marks that may enclose a title; the apostrophe is not one of them. */
QUOTE     : ["\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019] ;

/**
 * A run of word characters: anything but white space, digits, and the punctuation, dashes and
 * quotes that have tokens or roles of their own. (Defined by what it excludes: the sets stay small,
 * which keeps the lexer's start-up cost low compared with \p{L}.)
 */
WORD      : WORD_CHAR+ ;

/**
 * Any white space (NBSP, U+202F, U+2009, tabs...) separates tokens and is otherwise dropped: no
 * token is made for it (text is always cut from the characters, between tokens' positions).
 */
WS        : SPACE+ -> skip ;

/** Anything else (quotes, ampersands, symbols): kept as text, never a console message. */
UNRECOGNIZED : . ;

fragment DIGIT     : [0-9] ;
fragment WORD_CHAR : ~[\u2022\u00B7\u25E6\u25AA\u2023\u25CB\u25A0\u25BA\u25B8\p{Zs}\t\u000B\u000C\r\n\u001C-\u001F\u0085\u2028\u2029\u180E\u200B\uFEFF0-9,:/.()[\]\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D"\u201C\u201D\u201E\u00AB\u00BB'\u2018\u2019&;!?*+=<>|@#$%^_`~{}\\] ;
fragment SPACE     : [\p{Zs}\t\u000B\u000C\r\n\u001C-\u001F\u0085\u2028\u2029\u180E\u200B\uFEFF] ;
fragment DASH_CHAR : [\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D] ;
