#pragma once
// Objects that never move once made, allocated in chunks: what a session keeps its objects in, so
// that references to them stay valid and adding 100,000 of them costs 100 allocations, not 100,000.
#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace ctql::orm_detail {

template <class T, std::size_t ChunkSize = 1024>
class stable_pool {
 public:
  stable_pool() = default;
  stable_pool(const stable_pool&) = delete;
  stable_pool& operator=(const stable_pool&) = delete;
  ~stable_pool() {
    for (std::size_t i = 0; i < size_; ++i) std::destroy_at(&(*this)[i]);
    for (T* chunk : chunks_) std::allocator<T>{}.deallocate(chunk, ChunkSize);
  }

  template <class... Args>
  T& emplace_back(Args&&... args) {
    if (size_ == chunks_.size() * ChunkSize) {
      chunks_.reserve(chunks_.size() + 1);
      chunks_.push_back(std::allocator<T>{}.allocate(ChunkSize));
    }
    T* at = chunks_[size_ / ChunkSize] + size_ % ChunkSize;
    std::construct_at(at, std::forward<Args>(args)...);
    ++size_;
    return *at;
  }
  T& operator[](std::size_t i) { return chunks_[i / ChunkSize][i % ChunkSize]; }
  std::size_t size() const { return size_; }

  template <class F>
  void for_each(F&& f) {
    for (std::size_t i = 0; i < size_; ++i) f((*this)[i]);
  }

 private:
  std::vector<T*> chunks_;
  std::size_t size_ = 0;
};

}  // namespace ctql::orm_detail
