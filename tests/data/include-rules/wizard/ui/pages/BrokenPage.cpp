// A page that includes the wizard holding it: cmake/CheckIncludeRules.cmake must refuse it (test
// include_rules_catch_a_break).
#include "ui/RolloutWizard.h"
