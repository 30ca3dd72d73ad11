#pragma once

// A model header that reaches up into the pages: cmake/CheckIncludeRules.cmake must refuse it (test
// include_rules_catch_a_break).
#include "ui/RolloutWizard.h"
