# assertdesk_add_test(<name> SOURCES ... LIBS ... [ENV ...] [LABELS ...])
# One executable per class or feature, linked against the library under test (never
# recompiling its sources), registered with CTest and run on the offscreen platform. A test
# executable does not sit in bin/, so it is told where the phone number module is.
function(assertdesk_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;ENV;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test AssertDesk::options)
    target_compile_definitions(${name} PRIVATE
        ASSERTDESK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=assertdesk.*.debug=false;ASSERTDESK_KEYCHAIN_SERVICE=assertdesk-test;ASSERTDESK_PHONENUMBERS_MODULE=$<TARGET_FILE:assertdesk_phonenumbers>;${ARG_ENV}"
        LABELS "${ARG_LABELS}"
        TIMEOUT 300)
endfunction()
