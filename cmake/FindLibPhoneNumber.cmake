# Google's libphonenumber (Debian: libphonenumber-dev). It ships no pkg-config file and no CMake
# package, so its header and library are looked for by name. Defines LibPhoneNumber::LibPhoneNumber;
# the shared library brings in ICU, protobuf and abseil through its own dependencies.
find_path(LibPhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(LibPhoneNumber_LIBRARY NAMES phonenumber)
mark_as_advanced(LibPhoneNumber_INCLUDE_DIR LibPhoneNumber_LIBRARY)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibPhoneNumber
    REQUIRED_VARS LibPhoneNumber_LIBRARY LibPhoneNumber_INCLUDE_DIR
    REASON_FAILURE_MESSAGE
        "Assert Desk checks phone numbers with Google's libphonenumber: install libphonenumber-dev (Debian and Ubuntu: scripts/install-deps.sh installs it), or set LibPhoneNumber_ROOT to where it is installed.")

if(LibPhoneNumber_FOUND AND NOT TARGET LibPhoneNumber::LibPhoneNumber)
    add_library(LibPhoneNumber::LibPhoneNumber UNKNOWN IMPORTED GLOBAL)
    set_target_properties(LibPhoneNumber::LibPhoneNumber PROPERTIES
        IMPORTED_LOCATION "${LibPhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${LibPhoneNumber_INCLUDE_DIR}")
endif()
