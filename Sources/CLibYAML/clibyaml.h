// The system's libyaml (Debian: libyaml-dev), read and written through its event interface.
#include <yaml.h>
