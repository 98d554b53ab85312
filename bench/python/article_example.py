# The article's example, verbatim except for the URLs: three HTTP calls made concurrently with
# httpx.AsyncClient and asyncio.gather, which the article says "completed in the time of the
# slowest one". asyncbench points the URLs at its own I/O server (ASYNCBENCH_URLS, comma-separated,
# e.g. /delay?ms=100, ?ms=200 and ?ms=300) and times main() from bench/python/asyncbench_child.py;
# run on its own, it calls the article's placeholder URLs.
import asyncio
import os

import httpx

urls = os.environ.get(
    "ASYNCBENCH_URLS",
    "https://api.example.com/users,https://api.example.com/posts,https://api.example.com/comments",
).split(",")


async def fetch_url(client, url):
    response = await client.get(url)
    return response.json()


async def main():
    async with httpx.AsyncClient() as client:
        tasks = [fetch_url(client, url) for url in urls]
        results = await asyncio.gather(*tasks)
        print(f"All {len(results)} requests completed in the time of the slowest one")
        return results


if __name__ == "__main__":
    asyncio.run(main())
