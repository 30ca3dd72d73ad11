# Checks the include rules of ARCHITECTURE.md ("Targets"): a folder may not include from the layers above it, and a
# page never includes the wizard that holds it. Run by ctest (test include_rules):
#   cmake -DROOT=<source dir> -P cmake/CheckIncludeRules.cmake
# Prints every offending line and fails when there is one.
cmake_minimum_required(VERSION 3.25)

if(NOT ROOT)
    message(FATAL_ERROR "CheckIncludeRules.cmake: pass -DROOT=<source dir>")
endif()

set(violations "")

# Files under `folder` (relative to ROOT) may not include a path matching `forbidden`; `why` is printed with each one.
function(forbid folder forbidden why)
    file(GLOB_RECURSE files "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(RELATIVE_PATH shown "${ROOT}" "${file}")
        file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*$" "\\1" path "${line}")
            if(path MATCHES "${forbidden}")
                string(APPEND violations "${shown}: #include \"${path}\": ${why}\n")
            elseif(path MATCHES "(^|/)\\.\\./")
                string(APPEND violations "${shown}: #include \"${path}\": name headers from the target's root, not ../\n")
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

forbid(dnscheck "^(model|generators|export|training|ui|cli|common|gui)/"
       "the engine knows nothing of the wizard or the apps")
forbid(dnscheck/core "^(dns|spf|dmarc|dkim|text|audit|watch|reports)/" "core is the bottom of the engine")
forbid(dnscheck/reports "^(dns|spf|dmarc|dkim|text|audit|watch)/"
       "the report reader reads files: it needs core (addresses) and nothing of DNS or the record rules")
forbid(dnscheck/dns "^(spf|dmarc|dkim|text|audit|watch)/" "the DNS layer knows no record's rules")
foreach(records IN ITEMS spf dmarc dkim text)
    forbid(dnscheck/${records} "^(audit|watch)/" "the audit and the watcher sit on top of the record engine")
endforeach()
foreach(records IN ITEMS core dns spf dmarc dkim text)
    forbid(dnscheck/${records} "^message/" "message analysis sits on top of the record engine (it uses dkim and dmarc)")
endforeach()
forbid(dnscheck/message "^(audit|watch)/" "message analysis sits beside the audit, not on it")
forbid(wizard/model "^(generators|export|training|ui)/"
       "the model is the bottom of the wizard: generators, exports, training and pages depend on it, never the reverse")
forbid(wizard/generators "^(export|training|ui)/" "generators turn the model into text; exports and pages use them")
forbid(wizard/export "^(training|ui)/" "exports are shared with the command-line tool, which has no training or pages")
forbid(wizard/training "^(export|ui)/" "the training simulator sits under the pages, beside the exports")
forbid(wizard/ui/pages "(^|/)RolloutWizard\\.h$"
       "pages ask the wizard through signals (openProjectRequested, startTrainingRequested), never by its type")
forbid(app/cli "^(training|ui)/" "the command-line tool links neither the training simulator nor Widgets")
forbid(app/common "^(model|generators|export|training|ui)/" "logging and translations are shared by both executables")

if(violations)
    message(NOTICE "${violations}") # one line each (FATAL_ERROR would wrap them)
    message(FATAL_ERROR "Include rules broken: see the lines above and ARCHITECTURE.md.")
endif()
message(STATUS "Include rules hold.")
