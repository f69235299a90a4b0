# SPDX-License-Identifier: Apache-2.0
# po.cmake — the program's translations (GNU gettext, text domain "unhooked").
#
#   po/unhooked.pot   every string of the program meant for people, made by
#                     xgettext from the sources: `cmake --build build --target pot`
#                     refreshes it and merges the new strings into each po/LANG.po
#   po/LANG.po        one language (the codes are listed in po/LINGUAS)
#
# Each po/LANG.po is compiled with `msgfmt --check` into
# build/locale/LANG/LC_MESSAGES/unhooked.mo at build time, where the
# program finds it when run from the build tree, and installed under
# /usr/share/locale (CMAKE_INSTALL_LOCALEDIR), so the Debian package
# ships it. See docs/translating.md.

find_program(UH_MSGFMT msgfmt)
find_program(UH_XGETTEXT xgettext)
find_program(UH_MSGMERGE msgmerge)
if(NOT UH_MSGFMT)
  message(FATAL_ERROR "msgfmt not found: apt-get install gettext")
endif()

set(UH_PO_DIR ${PROJECT_SOURCE_DIR}/po)
file(STRINGS ${UH_PO_DIR}/LINGUAS UH_LINGUAS REGEX "^[a-z]")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${UH_PO_DIR}/LINGUAS)
set(UH_MO_FILES)
foreach(_lang ${UH_LINGUAS})
  set(_dir ${PROJECT_BINARY_DIR}/locale/${_lang}/LC_MESSAGES)
  add_custom_command(OUTPUT ${_dir}/unhooked.mo
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${_dir}
                     COMMAND ${UH_MSGFMT} --check -o ${_dir}/unhooked.mo ${UH_PO_DIR}/${_lang}.po
                     DEPENDS ${UH_PO_DIR}/${_lang}.po
                     COMMENT "Compiling po/${_lang}.po" VERBATIM)
  list(APPEND UH_MO_FILES ${_dir}/unhooked.mo)
  install(FILES ${_dir}/unhooked.mo DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${_lang}/LC_MESSAGES)
endforeach()
add_custom_target(unhooked_mo ALL DEPENDS ${UH_MO_FILES})
add_dependencies(unhooked unhooked_mo)  # a package build builds only the binary

if(UH_XGETTEXT AND UH_MSGMERGE)
  set(_merge)
  foreach(_lang ${UH_LINGUAS})
    list(APPEND _merge COMMAND ${UH_MSGMERGE} --quiet --update --backup=none --no-fuzzy-matching
         --sort-by-file ${UH_PO_DIR}/${_lang}.po ${UH_PO_DIR}/unhooked.pot)
  endforeach()
  add_custom_target(pot
    COMMAND ${UH_PO_DIR}/xgettext.sh ${PROJECT_SOURCE_DIR} ${UH_PO_DIR}/unhooked.pot
    ${_merge}
    COMMENT "Refreshing po/unhooked.pot and merging it into po/*.po" VERBATIM)
endif()
