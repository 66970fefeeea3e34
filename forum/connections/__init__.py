"""The forum on community's pages: home, tag pages, popular tags, profiles, the directory, practices.

community never imports forum; forum registers its sections into
community.sections from ForumConfig.ready() (see ``register``).
"""


def register():
    from community import sections

    from . import cache, providers

    cache.connect()

    sections.register(sections.HOME, providers.home_discussions)
    sections.register(sections.TAG_PAGE, providers.tag_threads)
    sections.register(sections.PROFILE, providers.profile_activity)
    sections.register(sections.PRACTICE_PAGE, providers.practice_discussions)
    sections.register(sections.DIRECTORY, providers.directory_solutions)
    sections.register_tag_counter(providers.public_thread_tag_uses)
