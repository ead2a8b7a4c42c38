#include <xlsxwriter.h>
// minizip, which libxlsxwriter writes with, reads back what it wrote (PackageCheck).
#include <minizip/unzip.h>
