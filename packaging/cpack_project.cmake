# SPDX-License-Identifier: Apache-2.0
# cpack_project.cmake — read by cpack before it packages: refuses a tree
# whose compiled-in data folder would not match the package's /usr, or one
# built without Debian's hardening flags.
if(CPACK_GENERATOR STREQUAL "DEB" AND
   NOT CPACK_UNHOOKED_CONFIGURED_PREFIX STREQUAL CPACK_PACKAGING_INSTALL_PREFIX)
  message(FATAL_ERROR
    "this build was configured with CMAKE_INSTALL_PREFIX=${CPACK_UNHOOKED_CONFIGURED_PREFIX}, "
    "but the package installs under ${CPACK_PACKAGING_INSTALL_PREFIX} and the binary looks for "
    "its scenarios under the configured prefix. Configure a build with "
    "-DCMAKE_INSTALL_PREFIX=${CPACK_PACKAGING_INSTALL_PREFIX} and package that one.")
endif()
if(CPACK_GENERATOR STREQUAL "DEB" AND NOT CPACK_UNHOOKED_HARDENED)
  message(FATAL_ERROR
    "this build was configured without the flags dpkg-buildflags gives "
    "(UNHOOKED_DPKG_BUILDFLAGS is OFF), and a Debian package must be hardened. "
    "Configure a build with -DCMAKE_INSTALL_PREFIX=/usr (and without "
    "-DUNHOOKED_DPKG_BUILDFLAGS=OFF) and package that one.")
endif()
