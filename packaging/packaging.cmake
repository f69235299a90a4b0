# SPDX-License-Identifier: Apache-2.0
# packaging.cmake — what `cmake --install` puts where, beyond the binary and
# the scenarios, and the Debian package built from it with CPack:
#
#   cmake -S . -B build-deb -DCMAKE_INSTALL_PREFIX=/usr
#   cmake --build build-deb -j2
#   (cd build-deb && cpack -G DEB)          # -> unhooked_VERSION_ARCH.deb
#
# The package installs under /usr, and the scenarios' location is compiled
# into the binary, so a package can only be made from a tree configured
# with CMAKE_INSTALL_PREFIX=/usr (cpack says so otherwise).
# /etc/unhooked/config.json is installed at its absolute path whatever the
# prefix; `cmake --install` never overwrites one that is already there (it
# is the administrator's). The package does not contain it: its postinst
# creates it on first installation (see packaging/debian/postinst).

set(UH_PKG ${PROJECT_SOURCE_DIR}/packaging)
set(UH_SYSTEMD_UNIT_DIR "lib/systemd/system")  # under the prefix; systemd reads /usr/local/lib too

# The version and date of the release, from the Debian changelog, which must
# agree with project(VERSION): the package, `unhooked --version` and the man
# pages all say the same.
file(STRINGS ${UH_PKG}/debian/changelog _top LIMIT_COUNT 1)
string(REGEX MATCH "^unhooked \\(([^)]+)\\)" _m "${_top}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "packaging/debian/changelog starts with version '${CMAKE_MATCH_1}', but "
                      "CMakeLists.txt says ${PROJECT_VERSION}: add a changelog entry")
endif()
file(STRINGS ${UH_PKG}/debian/changelog _sig REGEX "^ -- " LIMIT_COUNT 1)
string(REGEX MATCH ", ([0-9]+) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) " _m "${_sig}")
set(_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(FIND _months "${CMAKE_MATCH_2}" _mon)
math(EXPR _mon "${_mon} + 1")
if(_mon LESS 10)
  set(_mon "0${_mon}")
endif()
set(_day ${CMAKE_MATCH_1})
if(_day LESS 10)
  set(_day "0${_day}")
endif()
set(UH_MAN_DATE "${CMAKE_MATCH_3}-${_mon}-${_day}")

# The units name the binary and the docs by their installed paths.
set(UH_UNITS unhooked-kiosk.service unhooked-sync.service unhooked-sync.timer)
foreach(_u ${UH_UNITS})
  file(READ ${UH_PKG}/systemd/${_u} _unit)
  string(REPLACE "/usr/bin/unhooked" "${CMAKE_INSTALL_FULL_BINDIR}/unhooked" _unit "${_unit}")
  string(REPLACE "/usr/share/doc/unhooked" "${CMAKE_INSTALL_FULL_DOCDIR}" _unit "${_unit}")
  string(REPLACE "/usr/libexec/unhooked" "${CMAKE_INSTALL_FULL_LIBEXECDIR}/unhooked" _unit "${_unit}")
  file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/packaging/${_u} CONTENT "${_unit}" @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/packaging/${_u} DESTINATION ${UH_SYSTEMD_UNIT_DIR})
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${UH_PKG}/systemd/${_u})
endforeach()
file(READ ${UH_PKG}/kiosk/unhooked-kiosk.desktop _xsession)
string(REPLACE "/usr/libexec/unhooked" "${CMAKE_INSTALL_FULL_LIBEXECDIR}/unhooked" _xsession "${_xsession}")
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/packaging/unhooked-kiosk.desktop
     CONTENT "${_xsession}" @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${UH_PKG}/kiosk/unhooked-kiosk.desktop ${UH_PKG}/debian/changelog)

# Man pages (written by hand in packaging/man/, the version and date put
# in) and the changelog, compressed the way Debian wants them: gzip -9n, no
# name or time stamp inside, so the same source gives the same bytes.
set(UH_GZ_DIR ${PROJECT_BINARY_DIR}/packaging/gz)
set(UH_GZ_FILES)
foreach(_page unhooked.1 unhooked.json.5)
  configure_file(${UH_PKG}/man/${_page} ${UH_GZ_DIR}/${_page} @ONLY)
  list(APPEND UH_GZ_FILES ${UH_GZ_DIR}/${_page}.gz)
endforeach()
configure_file(${UH_PKG}/debian/changelog ${UH_GZ_DIR}/changelog COPYONLY)
list(APPEND UH_GZ_FILES ${UH_GZ_DIR}/changelog.gz)
foreach(_gz ${UH_GZ_FILES})
  string(REGEX REPLACE "\\.gz$" "" _plain "${_gz}")
  add_custom_command(OUTPUT ${_gz} COMMAND gzip -9nkf ${_plain} DEPENDS ${_plain} VERBATIM)
endforeach()
add_custom_target(unhooked_gz ALL DEPENDS ${UH_GZ_FILES})
add_dependencies(unhooked unhooked_gz)  # a package build builds only the binary
install(FILES ${UH_GZ_DIR}/unhooked.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${UH_GZ_DIR}/unhooked.json.5.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)

install(FILES ${UH_PKG}/unhooked.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${UH_PKG}/unhooked.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(PROGRAMS ${UH_PKG}/kiosk/kiosk-session DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/unhooked)
# Examples for a kiosk machine, copied into place by its administrator (they
# change the whole machine, so the package does not install them live).
install(FILES ${UH_PKG}/kiosk/10-unhooked-kiosk.conf ${UH_PKG}/kiosk/lightdm-unhooked-kiosk.conf
              ${PROJECT_BINARY_DIR}/packaging/unhooked-kiosk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/unhooked/kiosk)
install(FILES ${PROJECT_SOURCE_DIR}/docs/deployment.md ${UH_PKG}/configuration.md
              ${UH_PKG}/debian/copyright ${UH_GZ_DIR}/changelog.gz ${PROJECT_SOURCE_DIR}/NOTICE
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${UH_PKG}/config.json.default ${PROJECT_SOURCE_DIR}/docs/schema/export.schema.json
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
# lintian's overrides, with the reasons; the web player's page only when the
# player is there to be packaged (an override nothing uses is a remark too).
file(READ ${UH_PKG}/debian/lintian-overrides _overrides)
if(EXISTS ${PROJECT_SOURCE_DIR}/build-web/player/index.html)
  string(APPEND _overrides "# The web player's page, copied into courses by `unhooked package`: not documentation.\n"
         "unhooked: package-contains-documentation-outside-usr-share-doc [usr/share/unhooked/web/index.html]\n")
endif()
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/packaging/lintian-overrides CONTENT "${_overrides}" @ONLY)
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")  # the package's
  install(FILES ${PROJECT_BINARY_DIR}/packaging/lintian-overrides
          DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME unhooked)
endif()
# The configuration an administrator starts from: the organisation and its
# security contact, every other setting built in.
install(FILES ${UH_PKG}/config.json DESTINATION ${CMAKE_INSTALL_DATADIR}/unhooked)
# The web player (tools/web.sh builds it into build-web/player), for
# `unhooked package`; left out when the web build was not made.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/build-web/player/ DESTINATION ${CMAKE_INSTALL_DATADIR}/unhooked/web
        OPTIONAL)

# /etc/unhooked/config.json, for `cmake --install` only (component "etc",
# which the package leaves out: its postinst creates the file instead, so
# it is no conffile). Never overwritten: it is the administrator's.
install(CODE "
  set(_cfg \"\$ENV{DESTDIR}/etc/unhooked/config.json\")
  if(EXISTS \"\${_cfg}\")
    message(STATUS \"Keeping: \${_cfg} (defaults: ${CMAKE_INSTALL_FULL_DOCDIR}/config.json.default)\")
  else()
    file(INSTALL DESTINATION \"/etc/unhooked\" TYPE FILE  # DESTDIR is added by file(INSTALL)
         PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
         FILES \"${UH_PKG}/config.json\")
  endif()" COMPONENT etc)

# ---------------------------------------------------------------------
# The Debian package
# ---------------------------------------------------------------------

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME unhooked)
set(CPACK_PACKAGE_VENDOR "Unhooked")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "counterintelligence-awareness training kiosk")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_SET_DESTDIR ON)  # stage through DESTDIR, as the install rules expect
set(CPACK_STRIP_FILES ON)
set(CPACK_UNHOOKED_CONFIGURED_PREFIX "${CMAKE_INSTALL_PREFIX}")
set(CPACK_PROJECT_CONFIG_FILE ${UH_PKG}/cpack_project.cmake)

set(UNHOOKED_MAINTAINER "Unhooked maintainers <unhooked@example.org>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_NAME unhooked)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${UNHOOKED_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Unhooked plays short scripted scenarios in which a trainee is approached
the way foreign intelligence services approach employees (a LinkedIn
contact, a paid research paper, a conference invitation, a honey trap)
and scores whether, how early and how well the approach is reported to
corporate security. It runs in a window, full-screen as a locked-down
kiosk under systemd, or led by a facilitator, and keeps results in a
local SQLite database with reports, exports and xAPI sync.")
# Versioned library dependencies come from dpkg-shlibdeps when it is there;
# otherwise this list, which is what the binary links on Debian 12.
find_program(UH_DPKG_SHLIBDEPS dpkg-shlibdeps)
set(UH_DEB_LIBS "libsdl2-2.0-0, libsdl2-ttf-2.0-0, liblua5.4-0, libcjson1, libsqlite3-0, libcurl4 (>= 7.85.0), libcrypt1, libmd0, libsystemd0, libpng16-16, libx11-6, libxrandr2, libzip4, libdeflate0, libc6")
# libcurl is loaded by `unhooked sync` when it starts (dlopen), so
# dpkg-shlibdeps cannot see it: named here, at the version that has
# CURLOPT_PROTOCOLS_STR. The same for libzip, loaded by `unhooked package`.
if(UH_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libcurl4 (>= 7.85.0), libzip4, fonts-noto-core | fonts-dejavu-core, adduser")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${UH_DEB_LIBS}, fonts-noto-core | fonts-dejavu-core, adduser")
endif()
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "graphviz, nodm | lightdm, x11-xserver-utils, xserver-xorg")
# Read aloud loads eSpeak NG with dlopen when a trainee asks for it, so
# dpkg-shlibdeps does not see it: without it everything but the speech works.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libespeak-ng1")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${UH_PKG}/debian/postinst ${UH_PKG}/debian/prerm ${UH_PKG}/debian/postrm)
# Everything but component "etc" (/etc/unhooked/config.json, see above).
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};${PROJECT_NAME};Unspecified;/")
set(CPACK_UNHOOKED_HARDENED "${UNHOOKED_DPKG_BUILDFLAGS}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
