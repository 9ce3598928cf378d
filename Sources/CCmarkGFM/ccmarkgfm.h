/* The system's cmark-gfm (GitHub-flavoured Markdown, tables included), which turns the report into HTML. */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
