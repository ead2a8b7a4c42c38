// The C libraries the workbook reader uses: minizip (the zip container) and
// libxml2's streaming reader (the XML parts).
//
// Debian builds libxml2 with ICU, and its headers then pull in the system's
// ICU, which clashes with the copy Foundation carries. The reader never uses
// libxml2's ICU converters (OOXML parts are UTF-8), so the headers are read
// without them; only pointers to the structures that change are ever used.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <minizip/unzip.h>
#include <libxml/xmlreader.h>
#include <string.h>

// Swift 6 cannot touch libxml2's global function pointer `xmlFree`.
static inline void khth_xml_free(void *pointer) { xmlFree(pointer); }
