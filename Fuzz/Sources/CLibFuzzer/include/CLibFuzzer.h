#ifndef FOLIO_CLIBFUZZER_H
#define FOLIO_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for programs that have a main of their own: parses libFuzzer's
/// command line from argc and argv and fuzzes `callback` (llvm.org/docs/LibFuzzer.html).
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
