"""The forum on community's pages: home, tag pages, popular tags, profiles, the directory, practices.

community never imports forum; forum registers its sections into
community.sections from ForumConfig.ready() (see ``register``).
"""


def register():
    from community import sections
    from community.models.tags import register_tag_source

    from . import cache, providers, queries

    cache.connect()

    sections.register(sections.HOME, providers.home_discussions)
    sections.register(sections.TAG_PAGE, providers.tag_threads)
    sections.register(sections.PROFILE, providers.profile_activity)
    sections.register(sections.PRACTICE_PAGE, providers.practice_discussions)
    sections.register(sections.DIRECTORY, providers.directory_solutions)
    sections.register_tag_counter(providers.public_thread_tag_uses)
    # Tag pages, tag suggestions and tag feeds know a tag when a thread the reader may see carries it.
    register_tag_source("threads", queries.visible_thread_taggings)
